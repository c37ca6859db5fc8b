using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ReflectBot.Data.Connections;

/// <summary>Opens connections to the bot's database, each with the same safety settings.</summary>
public sealed class SqliteConnectionFactory : IDisposable
{
    private readonly string _connectionString;
    private readonly string _perConnectionPragmas;
    private readonly SemaphoreSlim _walGate = new(1, 1);

    /// <summary>
    /// The SQLite handles already given the per-connection settings. The pool hands the same handle out again and
    /// again, and it keeps its settings, so each is set up once rather than on every open (two opens per quiz click).
    /// </summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configuredHandles = [];
    private volatile bool _walEnabled;
    private volatile bool _folderExists;

    public SqliteConnectionFactory(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        DatabasePath = Path.GetFullPath(settings.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        // foreign_keys, busy_timeout, secure_delete and synchronous belong to the connection, not the file, so every open
        // sets them. secure_delete overwrites deleted content, so text someone deleted does not linger in free pages.
        // synchronous = NORMAL is WAL's usual setting: a commit no longer waits for the disk (it is synced at each
        // checkpoint), so writers hold the lock for microseconds instead of an fsync. A crash of the bot, even kill -9,
        // loses nothing; only a power cut can lose the last commits, never corrupt the file.
        var busyMilliseconds = ((long)settings.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        _perConnectionPragmas = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;";
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens a connection with foreign keys enforced and the busy timeout set.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureFolder();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle;
            if (handle is null || !_configuredHandles.TryGetValue(handle, out _))
            {
                await ExecuteAsync(connection, _perConnectionPragmas, cancellationToken);
                if (handle is not null)
                {
                    _configuredHandles.TryAdd(handle, handle);
                }
            }

            await EnableWalOnceAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database file and empties it, so deleted text no longer sits in old WAL
    /// frames. Best effort: a reader holding an old snapshot makes SQLite skip part of the work, which is harmless.
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    public void Dispose() => _walGate.Dispose();

    // The folder is made on the first open; checking it on every open would cost a system call per query.
    private void EnsureFolder()
    {
        if (_folderExists)
        {
            return;
        }

        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _folderExists = true;
    }

    // WAL is a property of the file and survives restarts; setting it once per process is enough.
    private async Task EnableWalOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_walEnabled)
        {
            return;
        }

        await _walGate.WaitAsync(cancellationToken);
        try
        {
            if (!_walEnabled)
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
                _walEnabled = true;
            }
        }
        finally
        {
            _walGate.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
