using AseanUn;

// Codes of the right shape that name no action line: the build must stop with AUN0001 on each marked line.
Programme.Tag("EC.3.9"); // expect: AUN0001

[ContributesTo(PillarCodes.SocioCultural, "SC.1.9")] // expect: AUN0001
sealed class SchoolMeals { }

static class Programme
{
    public static void Tag([ActionLineCode] string code) => Console.WriteLine(code);
}
