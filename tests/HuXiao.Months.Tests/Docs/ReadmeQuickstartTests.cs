using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Months.Tests.Docs;

/// <summary>The months quickstart of the README and of the month article, compiled and run.</summary>
public class ReadmeQuickstartTests
{
    [Fact]
    public void Quickstart_gives_every_unit_its_status_and_states_only_what_holds_whatever_is_missing()
    {
        using var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(console);
        try
        {
            #region Quickstart
            var may = new YearMonth(2017, 5);
            var zhongyuan = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原分局"), may)
                .SetTotal("A01", 120).SetTotal("A02", 80).SetTotal("A03", 40)
                .SetTotal("A08", 120)                                         // every campus under closed management
                .WithFiling(new ReportFiling { FiledOn = new LocalDate(2017, 6, 3) })   // due 2017-06-01
                .Build();
            // 二七分局's workbook had 12所 in a number cell: refused, but filed — never counted as missing.
            var erqi = Submission.Refused(
                [new InputProblem("HX0415", "校园安全工作进展报表!C8", "C8 为“12所”，应为数字。", "C8 is '12所'; a number was expected.", "A01")],
                source: "410103-2017-05.xlsx", unit: new OrganisationUnit("410103", "二七分局"), period: may);

            var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, may, asOf: new LocalDate(2017, 6, 5))
                .WithUnits(UnitHierarchy.Zhengzhou2017)    // the 16 police organs that file to 郑州市公安局
                .Add(Submission.Of(zhongyuan, "410102-2017-05.json"))
                .Add(erqi)
                .Build();

            foreach (var unit in month.Units.Take(3))
            {
                Console.WriteLine(unit);   // 410102 中原分局 late, 2 day(s) late / 410103 二七分局 refused, 1 error(s) / 410104 管城分局 missing
            }

            Console.WriteLine(month.Tally);   // 16 expected: 0 filed, 1 late, 0 filed with errors, 1 refused, 14 missing

            // Every campus of 中原分局 is closed, but 15 organs' campuses are not known: the city cannot be told.
            var closed = month.Compliance.Find(BuiltInRules.ClosedManagement)!;
            Console.WriteLine($"{closed.Status.ToWireName()} ({closed.Coverage})");   // cannot-tell (partial: 1 of 16 units)
            #endregion
        }
        finally
        {
            Console.SetOut(previous);
        }

        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "410102 中原分局 late, 2 day(s) late",
            "410103 二七分局 refused, 1 error(s)",
            "410104 管城分局 missing",
            "16 expected: 0 filed, 1 late, 0 filed with errors, 1 refused, 14 missing",
            "cannot-tell (partial: 1 of 16 units)",
        ], lines);
    }
}
