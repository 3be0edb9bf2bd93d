using System.Collections.Concurrent;
using ClosedXML.Excel;
using HuXiao.Excel.Stamping;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel;

/// <summary>
/// Writes the official form (校园安全工作进展报表) as an .xlsx workbook: for a report, or as a blank template
/// for units to fill. The form sheet carries the tables as the source prints them, with three differences: a
/// <c>统计月份：</c> line beside 填表单位 (the source prints no month), the date line <c>____年__月__日</c> where the
/// source prints <c>2017年 月 日</c> (one form serves every month, into 2018), and each unit under its own label where
/// the source's units row is out of line (A14 所, A15 个, C08 人). A second sheet, 具体情况, carries the case details,
/// one row per case. The schema, unit, period and revision are recorded in the workbook's custom
/// document properties. Each schema's form is rendered once, the first time it is written; every form after that is
/// the rendered form with its unit, month, values, footer and cases written into it, the same workbook cell for cell,
/// style for style and property for property as building it afresh would give (a form with more than 200 cases, or
/// text holding control characters or line breaks, is built afresh). For the templates of many units of one month,
/// see <see cref="CreateTemplateBatch"/>. Immutable and thread-safe: share one instance.
/// </summary>
public sealed class ExcelFormWriter
{
    private readonly ReportSchema _templateSchema;
    private readonly ConcurrentDictionary<ReportSchema, Lazy<FormPrototype?>> _prototypes = new();

    /// <summary>Creates a writer with the default options (the Zhengzhou 2017 form).</summary>
    public ExcelFormWriter()
        : this(new ExcelOptions())
    {
    }

    /// <summary>Creates a writer.</summary>
    /// <param name="options">The options; the first schema is the template's. Validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ExcelFormWriter(ExcelOptions options)
    {
        Preconditions.CheckNotNull(options).Validate();
        _templateSchema = options.Schemas[0];
    }

    /// <summary>Writes a report's form to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream, left open.</param>
    public void Write(MonthlyReport report, Stream output)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(output);
        output.Write(Render(Writing.FormContent.Of(report)));
    }

    /// <summary>
    /// Writes a report's form to a stream without synchronous I/O on it (a web response, a non-seekable stream): the
    /// workbook is built in memory, then copied asynchronously.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>A task that completes when the form is written.</returns>
    public Task WriteAsync(MonthlyReport report, Stream output, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(output);
        return CopyAsync(Write(report), output, cancellationToken);
    }

    /// <summary>Writes a report's form as the bytes of an .xlsx file.</summary>
    /// <param name="report">The report.</param>
    public byte[] Write(MonthlyReport report)
    {
        Preconditions.CheckNotNull(report);
        return Render(Writing.FormContent.Of(report));
    }

    /// <summary>Writes a report's form to a file, through a temporary name (see <see cref="AtomicFile"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="inputs">Input files that must not be overwritten.</param>
    /// <exception cref="ReportingException"><see cref="ErrorCodes.OutputRefused"/>: the path is an input, or cannot be written.</exception>
    public void WriteToFile(MonthlyReport report, string path, params IEnumerable<string> inputs)
    {
        Preconditions.CheckNotNull(report);
        AtomicFile.Write(path, s => Write(report, s), inputs);
    }

    /// <summary>Writes a blank template: input cells unlocked and limited to whole numbers, the rest protected without a password.</summary>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="unit">The unit it is for; without one, a read needs the caller to supply it.</param>
    /// <param name="period">The month it is for; without one, a read needs the caller to supply it.</param>
    /// <param name="schema">The form; default the first of the options' schemas.</param>
    public void WriteTemplate(Stream output, OrganisationUnit? unit = null, YearMonth? period = null, ReportSchema? schema = null)
    {
        Preconditions.CheckNotNull(output);
        output.Write(Render(new Writing.FormContent(schema ?? _templateSchema, unit, period, null)));
    }

    /// <summary>
    /// Writes a blank template to a stream without synchronous I/O on it (a web response, a non-seekable stream):
    /// the workbook is built in memory, then copied asynchronously. See <see cref="WriteTemplate"/>.
    /// </summary>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="unit">The unit it is for; without one, a read needs the caller to supply it.</param>
    /// <param name="period">The month it is for; without one, a read needs the caller to supply it.</param>
    /// <param name="schema">The form; default the first of the options' schemas.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>A task that completes when the template is written.</returns>
    public Task WriteTemplateAsync(Stream output, OrganisationUnit? unit = null, YearMonth? period = null, ReportSchema? schema = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(output);
        return CopyAsync(Render(new Writing.FormContent(schema ?? _templateSchema, unit, period, null)), output, cancellationToken);
    }

    /// <summary>Writes a blank template to a file, through a temporary name (see <see cref="AtomicFile"/>).</summary>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="unit">The unit it is for, if known.</param>
    /// <param name="period">The month it is for, if known.</param>
    /// <param name="schema">The form; default the first of the options' schemas.</param>
    /// <exception cref="ReportingException"><see cref="ErrorCodes.OutputRefused"/>: the file cannot be written.</exception>
    public void WriteTemplateToFile(string path, OrganisationUnit? unit = null, YearMonth? period = null, ReportSchema? schema = null)
        => AtomicFile.Write(path, s => WriteTemplate(s, unit, period, schema));

    /// <summary>
    /// Prepares the blank templates of one month for many units — every unit of a hierarchy, say — rendering the form
    /// once now; each template is then the rendered form with the unit written into it.
    /// </summary>
    /// <param name="period">The month the templates are for.</param>
    /// <param name="schema">The form; default the first of the options' schemas.</param>
    /// <returns>The batch, which writes one unit's template at a time (in parallel if wished).</returns>
    public ExcelTemplateBatch CreateTemplateBatch(YearMonth period, ReportSchema? schema = null)
    {
        var form = schema ?? _templateSchema;
        _ = Prototype(form);
        return new ExcelTemplateBatch(this, form, period);
    }

    /// <summary>The .xlsx file for this content: stamped into the schema's rendered form, or built afresh where the stamp cannot write it exactly.</summary>
    internal byte[] Render(Writing.FormContent content)
    {
        if (Prototype(content.Schema)?.TryStamp(content) is { } stamped)
        {
            return stamped;
        }

        using var workbook = Build(content);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private FormPrototype? Prototype(ReportSchema schema)
        => _prototypes.GetOrAdd(schema, s => new Lazy<FormPrototype?>(() => FormPrototype.Render(s))).Value;

    private static async Task CopyAsync(byte[] bytes, Stream output, CancellationToken cancellationToken)
        => await output.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);

    internal static XLWorkbook Build(Writing.FormContent content)
    {
        var workbook = new XLWorkbook();
        Writing.FormWorkbook.Write(workbook, content);
        return workbook;
    }
}
