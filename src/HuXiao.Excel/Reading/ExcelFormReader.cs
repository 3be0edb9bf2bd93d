using HuXiao.Excel.Ooxml;
using HuXiao.Excel.Packaging;
using HuXiao.Excel.Reading;
using HuXiao.Reporting;

namespace HuXiao.Excel;

/// <summary>
/// Reads filled forms back from .xlsx workbooks, whatever Excel, WPS or LibreOffice did to them: tables are found
/// by their labels and units, not fixed addresses. Each cell is read as the file stores it (a formula's stored
/// result, never one computed here) and checked against what the cell shows; a value is either what the clerk sees
/// and means, or refused at its cell. Whose form it is and for which month are read from the printed header and
/// the workbook's properties, and checked against what the caller declares. Every problem is reported at once,
/// each located to its cell. Untrusted files are checked against <see cref="ExcelReadLimits"/> while they are
/// read. Immutable and thread-safe: share one instance.
/// </summary>
public sealed class ExcelFormReader
{
    private readonly ReportSchema[] _schemas;

    /// <summary>Creates a reader with the default options (the Zhengzhou 2017 form, default limits).</summary>
    public ExcelFormReader()
        : this(new ExcelOptions())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="options">The forms it reads and the limits; validated and copied here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ExcelFormReader(ExcelOptions options)
    {
        Preconditions.CheckNotNull(options).Validate();
        _schemas = [.. options.Schemas];
        Limits = options.Limits;
    }

    /// <summary>The forms this reader reads.</summary>
    public IReadOnlyList<ReportSchema> Schemas => _schemas;

    /// <summary>The limits a file must stay within.</summary>
    public ExcelReadLimits Limits { get; }

    /// <summary>Reads a form from a stream holding an .xlsx file.</summary>
    /// <param name="input">The file's bytes; read to the end, left open.</param>
    /// <param name="options">The sheet to read, the unit and month the form is declared to be, and the unit list; optional.</param>
    /// <returns>
    /// The report and its cell locations, or every problem found in the form. A file that is not a readable workbook
    /// is refused as a whole with one problem, not thrown: damaged or not an .xlsx
    /// (<see cref="ExcelErrorCodes.NotAWorkbook"/>), a binary .xls, WPS .et or .xlsb
    /// (<see cref="ExcelErrorCodes.LegacyFormat"/>), encrypted (<see cref="ExcelErrorCodes.Encrypted"/>),
    /// macro-enabled (<see cref="ExcelErrorCodes.MacroEnabled"/>), or over the limits
    /// (<see cref="ExcelErrorCodes.TooLarge"/>).
    /// </returns>
    public ReadResult<MonthlyReport> Read(Stream input, ExcelReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        return Guarded(() => Read(PackageGuard.Open(input, Limits), options));
    }

    /// <summary>
    /// Reads a form from a stream holding an .xlsx file without synchronous I/O on it, as a web server's request
    /// body needs: the file is read asynchronously into memory, and refused as soon as it passes
    /// <see cref="ExcelReadLimits.MaxFileBytes"/>; the stream need not be seekable.
    /// </summary>
    /// <param name="input">The file's bytes; read to the end, left open.</param>
    /// <param name="options">The sheet to read, the unit and month the form is declared to be, and the unit list; optional.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The report and its cell locations, or every problem found; see <see cref="Read(Stream, ExcelReadOptions?)"/>.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ReadResult<MonthlyReport>> ReadAsync(Stream input, ExcelReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(input);
        byte[] bytes;
        try
        {
            bytes = await PackageGuard.ReadBoundedAsync(input, Limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkbookReadException ex)
        {
            return ReadResult<MonthlyReport>.Refused([ex.Problem]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Guarded(() => Read(PackageGuard.Open(bytes, Limits), options));
    }

    /// <summary>Reads a form from the bytes of an .xlsx file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The sheet to read, the unit and month the form is declared to be, and the unit list; optional.</param>
    /// <returns>The report and its cell locations, or every problem found; see <see cref="Read(Stream, ExcelReadOptions?)"/>.</returns>
    public ReadResult<MonthlyReport> Read(byte[] bytes, ExcelReadOptions? options = null)
    {
        Preconditions.CheckNotNull(bytes);
        return Guarded(() => Read(PackageGuard.Open(bytes, Limits), options));
    }

    /// <summary>Reads a form from an .xlsx file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The sheet to read, the unit and month the form is declared to be, and the unit list; optional.</param>
    /// <returns>
    /// The report and its cell locations, or every problem found; see <see cref="Read(Stream, ExcelReadOptions?)"/>. A
    /// file that cannot be opened (missing, unreadable) is refused with <see cref="ExcelErrorCodes.NotAWorkbook"/>.
    /// </returns>
    public ReadResult<MonthlyReport> ReadFile(string path, ExcelReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ReadResult<MonthlyReport>.Refused([PackageGuard.NotAWorkbook($"'{path}' could not be opened ({ex.Message})", $"文件“{path}”无法打开", ex).Problem]);
        }

        using (stream)
        {
            return Read(stream, options);
        }
    }

    // A workbook the package layer cannot open is refused as a whole, as data: nothing from the zip or XML layer escapes.
    private static ReadResult<MonthlyReport> Guarded(Func<ReadResult<MonthlyReport>> read)
    {
        try
        {
            return read();
        }
        catch (WorkbookReadException ex)
        {
            return ReadResult<MonthlyReport>.Refused([ex.Problem]);
        }
    }

    private ReadResult<MonthlyReport> Read(OoxmlPackage opened, ExcelReadOptions? options)
    {
        options ??= ExcelReadOptions.None;
        using var package = opened;
        try
        {
            return FormReading.Read(StoredWorkbook.Read(package), _schemas, options);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw PackageGuard.Damaged($"its content is damaged or not what Excel writes ({ex.GetType().Name}: {ex.Message})", "文件内容已损坏，或不是 Excel 写出的格式", ex);
        }
    }
}
