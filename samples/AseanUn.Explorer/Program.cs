using AseanUn.Explorer;

return ExplorerApp.Run(args);
