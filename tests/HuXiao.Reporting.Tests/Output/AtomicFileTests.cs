
namespace HuXiao.Reporting.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("huxiao-output-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_file_is_written_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_dir, "form.json");
        AtomicFile.Write(path, s => s.Write("{}"u8));
        Assert.Equal("{}", File.ReadAllText(path));
        Assert.Equal(new[] { "form.json" }, Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void An_input_is_never_overwritten()
    {
        var input = Path.Combine(_dir, "in.xlsx");
        File.WriteAllBytes(input, [1, 2, 3]);
        var ex = Assert.Throws<ReportingException>(() => AtomicFile.Write(Path.Combine(_dir, ".", "in.xlsx"), s => s.WriteByte(9), input));
        Assert.Equal(ErrorCodes.OutputRefused, ex.Code);
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var path = Path.Combine(_dir, "out.xlsx");
        File.WriteAllBytes(path, [7, 7]);
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write([1, 2, 3]);
            throw new InvalidOperationException("disk gone");
        }));
        Assert.Equal(new byte[] { 7, 7 }, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_missing_folder_is_the_library_error()
        => Assert.Equal(ErrorCodes.OutputRefused, Assert.Throws<ReportingException>(() => AtomicFile.Write(Path.Combine(_dir, "no", "x.xlsx"), s => s.WriteByte(1))).Code);
}
