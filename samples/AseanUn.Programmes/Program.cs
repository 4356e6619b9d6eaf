System.Console.WriteLine(AseanUn.Partnership.Current.Edition);
