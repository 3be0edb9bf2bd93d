using HuXiao.Reporting;

namespace HuXiao.Excel;

/// <summary>
/// Settings of the Excel package: the forms it reads and writes, and the limits an untrusted file must stay
/// within. A plain options bag for configuration; the reader and writer take a validated snapshot when they are
/// created, so changing it later changes nothing.
/// </summary>
public sealed class ExcelOptions
{
    /// <summary>The forms read and written; the first is used for blank templates. Default: <see cref="ReportSchema.Zhengzhou2017"/>.</summary>
    public IList<ReportSchema> Schemas { get; } = [ReportSchema.Zhengzhou2017];

    /// <summary>The limits a file must stay within before it is parsed.</summary>
    public ExcelReadLimits Limits { get; set; } = ExcelReadLimits.Default;

    /// <summary>Throws when the options cannot work: no schema, two schemas with one id and version, bad limits.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message says which.</exception>
    public void Validate()
    {
        if (Schemas.Count == 0 || Schemas.Any(s => s is null))
        {
            throw new ArgumentException("ExcelOptions.Schemas must list at least one schema, and no null.");
        }

        var twice = Schemas.GroupBy(s => (s.Id, s.Version)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"ExcelOptions.Schemas lists {twice.Key.Id} v{twice.Key.Version} twice.");
        }

        (Limits ?? throw new ArgumentException("ExcelOptions.Limits must be set.")).Validate();
    }
}
