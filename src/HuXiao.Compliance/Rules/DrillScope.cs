namespace HuXiao.Compliance;

/// <summary>
/// Whom rule <c>drills-each-semester</c> counts drills for. The plan's sentence (二(六)) reads: 教育部门、公安机关要会同相关部门
/// 积极开展“安全防范进校园”活动…有针对性地组织开展多种形式的宣传教育和应急演练活动…其中，应急演练活动每学期不少于1次 — its
/// subject is the education bureaus and police organs that organise the drills; it does not say per campus. Which
/// reading to judge by is a setting, <see cref="DrillsEachSemesterRule.Scope"/>.
/// </summary>
public enum DrillScope
{
    /// <summary>
    /// The default: every campus in the register holds at least the minimum each semester. A setting, not the
    /// plan's words: the stricter reading, and the one the acceptance phase (检查验收, 三) can check campus by
    /// campus (对全市学校、幼儿园达标情况逐一验收).
    /// </summary>
    PerCampus = 0,

    /// <summary>
    /// The plan's words taken literally: the register's unit — the bureau or organ whose campuses the register
    /// lists — organises at least the minimum each semester, counted over all its campuses' drills together.
    /// </summary>
    PerUnit = 1,
}
