using System.Linq;
using System.Text;

namespace AseanUn.Fuzz;

/// <summary>Seeds and tokens written as text.</summary>
public static class FuzzInputs
{
    /// <summary>Returns the UTF-8 bytes of each text.</summary>
    public static byte[][] Utf8(params string[] texts) => texts.Select(Encoding.UTF8.GetBytes).ToArray();
}
