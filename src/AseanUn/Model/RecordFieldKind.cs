namespace AseanUn.Model;

/// <summary>What a field of a record (or of an item a record holds) holds. (Compiled into the model generator too, which fills the field tables.)</summary>
public enum RecordFieldKind
{
    /// <summary>A string, e.g. a title.</summary>
    Text,

    /// <summary>A list of strings, e.g. an organisation's aliases.</summary>
    TextList,

    /// <summary>A whole number, e.g. an event's ordinal.</summary>
    Integer,

    /// <summary>A decimal number, e.g. a figure's value.</summary>
    Number,

    /// <summary>A yes-or-no value.</summary>
    Boolean,

    /// <summary>A value of an enumeration (<see cref="RecordField.ValueType"/>), written in JSON as its camel-case name.</summary>
    Enumeration,

    /// <summary>A <see cref="Dates.PartialDate"/>, written in JSON as EDTF.</summary>
    Date,

    /// <summary>The id (or code) of one record of the types in <see cref="RecordField.Targets"/>.</summary>
    Reference,

    /// <summary>A list of ids (or codes) of records of the types in <see cref="RecordField.Targets"/>.</summary>
    ReferenceList,

    /// <summary>A list of items of <see cref="RecordField.ValueType"/>, each with the fields in <see cref="RecordField.ItemFields"/>.</summary>
    Items,

    /// <summary>A value of another type (<see cref="RecordField.ValueType"/>), taken as a whole.</summary>
    Value,
}
