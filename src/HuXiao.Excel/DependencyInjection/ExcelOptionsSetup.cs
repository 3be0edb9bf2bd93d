namespace HuXiao.Excel;

/// <summary>One call's settings for <see cref="ExcelOptions"/>, kept in the container and applied in registration order.</summary>
/// <param name="Configure">Sets the options.</param>
public sealed record ExcelOptionsSetup(Action<ExcelOptions> Configure);
