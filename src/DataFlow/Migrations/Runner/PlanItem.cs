using DataFlow.Migrations.Journal;
using DataFlow.Migrations.Scripts;

namespace DataFlow.Migrations.Runner;

/// <summary>One version in a <see cref="MigrationPlan"/>.</summary>
/// <param name="Version">The version.</param>
/// <param name="Name">The file's (or journal row's) name.</param>
/// <param name="State">Folder versus journal.</param>
/// <param name="Script">The file, or null when it is missing.</param>
/// <param name="Entry">The journal row, or null when not applied.</param>
internal sealed record PlanItem(long Version, string Name, ScriptState State, MigrationScript? Script, JournalEntry? Entry)
{
    /// <summary>The file name, or <c>version name</c> when the file is missing.</summary>
    public string Label => Script?.FileName ?? $"{Version} {Name}";
}
