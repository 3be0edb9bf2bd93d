namespace HuXiao.Ledger;

/// <summary>One step of the SQLite ledger's schema: the version it brings the file to, and the SQL that does it.</summary>
/// <param name="Version">The version after the step: 1 for the first, and one more for each step.</param>
/// <param name="Description">What the step changes, for people.</param>
/// <param name="Sql">The statements, run in the migration's transaction.</param>
internal sealed record SqliteMigration(int Version, string Description, string Sql);
