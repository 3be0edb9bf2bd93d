using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel;

/// <summary>
/// The blank templates of one month for many units — every unit of a hierarchy, say: the form rendered once for the
/// schema, then each unit's name (the printed 填表单位 and the properties' unit code and name) and the month written
/// into it. Each template is the same workbook, cell for cell, style for style and property for property, as
/// <see cref="ExcelFormWriter.WriteTemplate"/> builds for that unit and month, in a small fraction of the time. Created
/// by <see cref="ExcelFormWriter.CreateTemplateBatch"/>. Immutable and thread-safe: write units in parallel if wished.
/// </summary>
public sealed class ExcelTemplateBatch
{
    private readonly ExcelFormWriter _writer;

    internal ExcelTemplateBatch(ExcelFormWriter writer, ReportSchema schema, YearMonth period)
    {
        _writer = writer;
        Schema = schema;
        Period = period;
    }

    /// <summary>The form.</summary>
    public ReportSchema Schema { get; }

    /// <summary>The month the templates are for.</summary>
    public YearMonth Period { get; }

    /// <summary>Writes a unit's template as the bytes of an .xlsx file.</summary>
    /// <param name="unit">The unit it is for.</param>
    /// <returns>The file's bytes.</returns>
    public byte[] Write(OrganisationUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        return _writer.Render(new FormContent(Schema, unit, Period, null));
    }

    /// <summary>Writes a unit's template to a stream.</summary>
    /// <param name="unit">The unit it is for.</param>
    /// <param name="output">A writable stream, left open.</param>
    public void Write(OrganisationUnit unit, Stream output)
    {
        Preconditions.CheckNotNull(output);
        output.Write(Write(unit));
    }

    /// <summary>Writes a unit's template to a stream without synchronous I/O on it (a web response, a non-seekable stream).</summary>
    /// <param name="unit">The unit it is for.</param>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>A task that completes when the template is written.</returns>
    public async Task WriteAsync(OrganisationUnit unit, Stream output, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(output);
        var bytes = Write(unit);
        await output.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a unit's template to a file, through a temporary name (see <see cref="AtomicFile"/>).</summary>
    /// <param name="unit">The unit it is for.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <exception cref="ReportingException"><see cref="ErrorCodes.OutputRefused"/>: the file cannot be written.</exception>
    public void WriteToFile(OrganisationUnit unit, string path)
    {
        var bytes = Write(unit);
        AtomicFile.Write(path, s => s.Write(bytes));
    }
}
