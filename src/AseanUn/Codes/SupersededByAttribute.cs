using System;

namespace AseanUn;

/// <summary>Marks an action-line code constant as superseded by another line; the analyzers warn where it is still used.</summary>
/// <param name="successorCode">The code of the action line that carries the work on.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SupersededByAttribute([ActionLineCode] string successorCode) : Attribute
{
    /// <summary>Gets the code of the action line that carries the work on.</summary>
    public string SuccessorCode { get; } = successorCode;
}
