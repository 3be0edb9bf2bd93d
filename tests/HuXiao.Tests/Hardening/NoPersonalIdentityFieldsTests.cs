using System.Reflection;
using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao.Tests.Hardening;

/// <summary>
/// The model carries counts, not people: the public types of case details and the campus register (and every type
/// they reach) offer no field for a person's name, ID number or home address. The filing lines (preparer,
/// reviewer, phone) are the office's work contacts and the only personal data a report holds.
/// </summary>
public class NoPersonalIdentityFieldsTests
{
    private static readonly string[] Forbidden = ["personname", "fullname", "surname", "givenname", "idnumber", "idcard", "identity", "citizenid", "passport", "homeaddress", "address", "householdregister", "xingming", "shenfenzheng", "zhuzhi", "studentname", "suspectname", "pupilname", "guardianname", "birthdate", "dateofbirth"];

    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.Namespace?.StartsWith("HuXiao", StringComparison.Ordinal) != true)
            {
                continue;
            }

            yield return type;
            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                         .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.FieldType)))
            {
                foreach (var t in member.IsGenericType ? member.GetGenericArguments().Append(member) : member.IsArray ? [member.GetElementType()!] : [member])
                {
                    queue.Enqueue(t);
                }
            }
        }
    }

    public static TheoryData<Type> Roots => new() { typeof(CaseDetail), typeof(CampusRecord), typeof(CampusRegister), typeof(MonthlyReport), typeof(Months.MonthlyCycle) };

    [Theory]
    [MemberData(nameof(Roots))]
    public void No_public_member_holds_a_persons_identity(Type root)
    {
        var types = Reachable(root).ToArray();
        Assert.NotEmpty(types);
        var members = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p.Name))
            .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (t, f.Name)))
            .Concat(t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (t, p.Name ?? string.Empty))));
        var offending = members.Where(m => Forbidden.Any(f => m.Item2.Replace("_", string.Empty, StringComparison.Ordinal).Contains(f, StringComparison.OrdinalIgnoreCase))).ToArray();
        Assert.True(offending.Length == 0, "Identity fields found: " + string.Join(", ", offending.Select(o => $"{o.t.Name}.{o.Item2}")));
    }

    [Fact]
    public void The_only_person_related_text_a_report_holds_is_the_offices_filing_lines()
    {
        var strings = Reachable(typeof(MonthlyReport)).SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => $"{t.Name}.{p.Name}")).ToHashSet();
        Assert.Contains("ReportFiling.Preparer", strings);
        Assert.Contains("ReportFiling.Reviewer", strings);
        Assert.Contains("ReportFiling.Phone", strings);
        Assert.Contains("CaseDetail.Summary", strings);
    }

    [Fact]
    public void The_check_itself_catches_an_identity_field()
        => Assert.Contains(Forbidden, f => "SuspectName".Contains(f, StringComparison.OrdinalIgnoreCase));
}
