using System;

namespace AseanUn.Model;

/// <summary>
/// Marks a property as a view of <see cref="PartnershipRecord.Statements"/> (its getter reads the statements, its
/// init accessor is an authoring shorthand that adds statements): not a field of its own. The model generator leaves
/// it out of the field table, the compact form, the schema and the docs, since the statements already carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class StatementViewAttribute : Attribute;
