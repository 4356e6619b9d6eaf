using System;
using AseanUn.Model;

namespace AseanUn.Validation;

/// <summary>Knows the properties of each record type and the types of their values, for the statement rules.</summary>
internal interface IStatementValues
{
    /// <summary>
    /// Returns what is wrong with <paramref name="statement"/>'s property or value on a record of
    /// <paramref name="recordType"/> — no such property, or a value that does not parse as its type — or <see langword="null"/>.
    /// </summary>
    string? Problem(Type recordType, Statement statement);
}
