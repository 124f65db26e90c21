using DataFlow.Migrations.Journal;

namespace DataFlow.Migrations.Scripts;

/// <summary>One versioned migration file, <c>NNN_name.sql</c>.</summary>
/// <param name="Version">The number before the first underscore (<c>3</c> for <c>003_add_orders.sql</c>).</param>
/// <param name="Name">The part after it, without <c>.sql</c> (<c>add_orders</c>).</param>
/// <param name="FileName">The file name.</param>
/// <param name="Sql">The file's text.</param>
/// <param name="NoTransaction">True when the file opts out of the transaction with <c>-- dataflow:no-transaction</c>.</param>
internal sealed record MigrationScript(long Version, string Name, string FileName, string Sql, bool NoTransaction)
{
    /// <summary>The checksum of the normalised text.</summary>
    public string Checksum { get; } = MigrationChecksum.Of(Sql);

    /// <summary>The journal version: the number without leading zeros.</summary>
    public string JournalVersion => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The unit the executor applies for this file.</summary>
    public MigrationUnit ToUnit() => new(MigrationKind.Sql, JournalVersion, Name, Sql, Transactional: !NoTransaction) { FileName = FileName };
}
