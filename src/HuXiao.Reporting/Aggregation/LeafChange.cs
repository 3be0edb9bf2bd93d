namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// A leaf's report as an <see cref="IncrementalRollUp"/> last changed it, with where the leaf sits: its batch row
/// (−1 when the batch holds no report of it) and its parent's slot, so a later change of the same leaf needs no
/// look-up in the batch or the hierarchy.
/// </summary>
/// <param name="Report">The current report; <see langword="null"/> once withdrawn.</param>
/// <param name="Row">The leaf's row in the batch, or −1.</param>
/// <param name="ParentSlot">The slot of the leaf's parent, or −1 for a root that is itself a leaf.</param>
internal readonly record struct LeafChange(MonthlyReport? Report, int Row, int ParentSlot);
