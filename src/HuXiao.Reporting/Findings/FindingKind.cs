namespace HuXiao.Reporting;

/// <summary>What produced a <see cref="Finding"/>.</summary>
public enum FindingKind
{
    /// <summary>Reading an input (a JSON document, a workbook): an <see cref="InputProblem"/>. Wire name <c>input</c>.</summary>
    Input,

    /// <summary>A campaign definition document: a <see cref="DefinitionProblem"/>. Wire name <c>definition</c>.</summary>
    Definition,

    /// <summary>A consistency rule over a report: a <see cref="Validation.ValidationFinding"/>. Wire name <c>validation</c>.</summary>
    Validation,

    /// <summary>A compliance rule (a deadline target, a rate, a staffing norm). Wire name <c>compliance</c>.</summary>
    Compliance,

    /// <summary>A unit's filing: missing, late, unexpected, superseded. Wire name <c>filing</c>.</summary>
    Filing,

    /// <summary>A note for the reader that judges nothing, such as a label on synthetic data. Wire name <c>note</c>.</summary>
    Note,
}
