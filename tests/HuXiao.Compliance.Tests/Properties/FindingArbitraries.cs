using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace HuXiao.Compliance.Tests.Properties;

/// <summary>
/// A register of up to 30 campuses where every register rule has something to judge: guards with and without
/// certificates, boarding campuses with and without duty and dormitory managers, city-managed schools with some
/// officers, and drills and liaison visits on dates across the campaign.
/// </summary>
public sealed record CampaignRegister(CampusRegister Register)
{
    public override string ToString()
        => $"{Register}: " + string.Join("; ", Register.Campuses.Select(c =>
            $"{c.Code} {c.Location} boarding {c.BoardingStudents} day {c.NonBoardingStudents} staff {c.Staff} guards {c.Guards}/{c.CertifiedGuards} dorm {c.DormitoryManagers} duty {c.RoundTheClockDuty} city {c.IsCityManaged} officers {c.Officers} standard {c.MeetsNationalStandard} drills [{string.Join(",", c.DrillDates)}] visits [{string.Join(",", c.LiaisonVisitDates)}]"));
}

public static class FindingArbs
{
    private static Gen<LocalDate> Date => Gen.Choose(0, 729).Select(i => new LocalDate(2017, 1, 1).PlusDays(i));

    public static Arbitrary<CampaignRegister> CampaignRegisters()
        => (from recorded in Date
            from count in Gen.Choose(0, 30)
            from campuses in Gen.ListOf(Campus(), count)
            select new CampaignRegister(new CampusRegister(TestData.Zhongyuan, recorded, campuses.Select((c, i) => c with { Code = $"c{i}" }))))
            .ToArbitrary();

    private static Gen<CampusRecord> Campus()
        => from urban in Gen.Elements(true, false)
           from boarding in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 800)))
           from day in Gen.Choose(0, 3000)
           from staff in Gen.Choose(0, 200)
           from guards in Gen.Choose(0, 8)
           from uncertified in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 8)))
           from dormitory in Gen.Choose(0, 2)
           from flags in Gen.ArrayOf(Gen.Elements(true, false), 4)
           from officers in Gen.Frequency((1, Gen.Constant(SchoolOfficers.All)), (1, Gen.Choose(0, 63).Select(i => (SchoolOfficers)i)))
           from drillCount in Gen.Choose(0, 3)
           from drills in Gen.ListOf(Date, drillCount)
           from visitCount in Gen.Choose(0, 12)
           from visits in Gen.ListOf(Date, visitCount)
           select new CampusRecord
           {
               Code = "c",
               Name = "生成的校园",
               Location = urban ? CampusLocation.Urban : CampusLocation.Rural,
               Type = CampusType.Other,
               BoardingStudents = boarding,
               NonBoardingStudents = day,
               Staff = staff,
               Guards = guards,
               CertifiedGuards = Math.Max(0, guards - uncertified),
               DormitoryManagers = dormitory,
               RoundTheClockDuty = flags[0],
               IsCityManaged = flags[1],
               Officers = officers,
               MeetsNationalStandard = flags[2],
               ClosedManagement = flags[3],
               DrillDates = drills.ToArray(),
               LiaisonVisitDates = visits.ToArray(),
           };
}
