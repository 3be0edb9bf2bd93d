using System.Reflection;
using HuXiao.Cli.Commands;
using NodaTime;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>The entry point: --version, --help for the tool and for every verb, and how errors are printed.</summary>
public class EntryPointTests
{
    private static readonly string[] s_verbs = ["demo", "template", "validate", "aggregate", "convert", "schema", "check", "calendar", "brief"];

    public static TheoryData<string> Verbs => new(s_verbs);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, new CliContext(output, error, SystemClock.Instance));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Version_prints_the_assemblys_informational_version_and_exits_0()
    {
        var (code, output, error) = Run("--version");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var informational = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal($"huxiao {informational}", output.Trim());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_prints_its_usage_for_help_and_exits_0(string verb)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var (code, output, error) = Run(verb, flag);
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.StartsWith($"用法 Usage: huxiao {verb}", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_tools_help_lists_every_verb_and_exits_0()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.All(s_verbs, v => Assert.Contains($"huxiao {v} ", output, StringComparison.Ordinal));
    }

    [Fact]
    public void A_usage_error_has_one_prefix_per_line_and_says_it_in_chinese_first()
    {
        var (code, _, error) = Run("check");
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.StartsWith("huxiao check: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("check: check:", line, StringComparison.Ordinal);
            Assert.DoesNotContain("。 check:", line, StringComparison.Ordinal);
        });
        var text = lines[0]["huxiao check: ".Length..];
        Assert.StartsWith("输入或选项无法使用（用法见 huxiao check --help）。 ", text, StringComparison.Ordinal);
        Assert.Contains("--as-of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verb_is_named_in_chinese_then_english()
    {
        var (code, _, error) = Run("valdate");
        Assert.Equal(2, code);
        Assert.StartsWith("huxiao: 未知命令 'valdate'", error, StringComparison.Ordinal);
        Assert.Contains("Unknown verb 'valdate'", error, StringComparison.Ordinal);
    }
}
