namespace AseanUn.Presentation;

/// <summary>What a field of the format is, for showing its value.</summary>
/// <param name="Label">What the field is called, e.g. <c>Held alongside</c> for <c>sidelinesOfId</c>.</param>
/// <param name="Date">Whether its value is a date (EDTF).</param>
/// <param name="Reference">Whether its value names a record (an id or a code).</param>
/// <param name="Vocabulary">Whether its value is a name from the format's vocabulary (an enumeration value, e.g. <c>inForce</c>), shown in words.</param>
/// <param name="NamesField">Whether its value names another field of the record (a statement's <c>property</c>).</param>
internal sealed record FieldView(string Label, bool Date, bool Reference, bool Vocabulary, bool NamesField);
