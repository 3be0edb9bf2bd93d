using NodaTime;

namespace HuXiao.Compliance;

/// <summary>A campus register to judge at a date. Immutable.</summary>
public sealed class RegisterCheckContext : CheckContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="register">The register judged.</param>
    /// <param name="asOf">The date of the judgement.</param>
    public RegisterCheckContext(CampusRegister register, LocalDate asOf)
        : base(Preconditions.CheckNotNull(register).Unit, register.Period, register.RecordedOn, asOf)
    {
        Register = register;
    }

    /// <summary>The register judged.</summary>
    public CampusRegister Register { get; }
}
