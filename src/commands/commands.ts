// The ribbon's function file (FunctionFile in manifest.xml). The only ribbon button today opens the task pane
// (ShowTaskpane), which needs no code, so no function command is associated here. A future ExecuteFunction
// button registers its handler with Office.actions.associate('<FunctionName>', handler) in this file.
Office.onReady(() => {
  // Nothing to initialise yet.
});
