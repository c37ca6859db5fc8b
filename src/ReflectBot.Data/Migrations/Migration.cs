namespace ReflectBot.Data.Migrations;

/// <summary>One schema step: a numbered SQL script applied at most once.</summary>
public sealed record Migration(int Version, string Name, string Sql);
