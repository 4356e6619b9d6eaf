using System.Text.Json.Serialization;

namespace AseanUn.Json;

/// <summary>
/// A converter that reads null as a value of its own (an empty array, say), with a twin that refuses null, for the
/// properties the format requires: there the import's checks refuse null, so the one-pass import must too.
/// </summary>
internal interface IRefusesNullWhenRequired
{
    /// <summary>Returns a converter that reads like this one but throws a <see cref="System.Text.Json.JsonException"/> on null.</summary>
    JsonConverter RefusingNull();
}
