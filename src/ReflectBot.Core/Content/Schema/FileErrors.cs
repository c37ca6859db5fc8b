using YamlDotNet.Core;

namespace ReflectBot.Core.Content.Schema;

/// <summary>Collects the errors of one file into the loader's shared list, stamped with the file's name.</summary>
internal sealed class FileErrors(string file, List<ContentError> all)
{
    private int _count;

    public string File { get; } = file;

    public bool Any => _count > 0;

    public void Add(Mark at, string reason) => Add((int)at.Line, (int)at.Column, reason);

    public void Add(int line, int column, string reason)
    {
        all.Add(new ContentError(File, line, column, reason));
        _count++;
    }
}
