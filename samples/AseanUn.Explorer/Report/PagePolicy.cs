using System;
using System.Security.Cryptography;
using System.Text;

namespace AseanUn.Explorer.Report;

/// <summary>
/// The report page's Content-Security-Policy: nothing is loaded from anywhere, and only the page's own style sheet and
/// script apply and run, named by the SHA-256 of their exact text. A script or style put into the page any other way —
/// an inline element, an event-handler or style attribute — is refused by the browser even if it got past the escaping.
/// </summary>
internal static class PagePolicy
{
    /// <summary>Returns the policy that admits exactly <paramref name="style"/> and <paramref name="script"/>, the text of the page's <c>&lt;style&gt;</c> and <c>&lt;script&gt;</c> elements.</summary>
    public static string For(string style, string script) =>
        $"default-src 'none'; style-src {Hash(style)}; script-src {Hash(script)}; base-uri 'none'; form-action 'none'";

    /// <summary>Returns the policy's source expression for an inline element whose text is <paramref name="text"/>.</summary>
    public static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
