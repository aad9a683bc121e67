/**
 * Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`, `name === 'RichApi.Error'`.
 * Codes are those Excel reports (Excel.ErrorCodes plus RequestPayloadSizeLimitExceeded, which Excel on the web
 * raises for requests over 5 MB although the typings do not list it).
 */
export type SimErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidObjectPath'
  | 'GeneralException';

/** An error as `context.sync()` rejects it. */
export class SimOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };
  traceMessages: string[] = [];
  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

// Messages follow the English wording Office uses, so logs read the same as in Excel.
export const propertyNotLoaded = (prop: string): SimOfficeError =>
  new SimOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const valueNotLoaded = (): SimOfficeError =>
  new SimOfficeError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );

export const itemNotFound = (where: string): SimOfficeError =>
  new SimOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', where);

export const invalidArgument = (where: string, detail?: string): SimOfficeError =>
  new SimOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format.${detail ? ` (${detail})` : ''}`,
    where,
  );

export const invalidOperation = (where: string, detail?: string): SimOfficeError =>
  new SimOfficeError('InvalidOperation', `The operation is invalid for the object.${detail ? ` (${detail})` : ''}`, where);

export const itemAlreadyExists = (where: string): SimOfficeError =>
  new SimOfficeError('ItemAlreadyExists', 'The resource being created already exists.', where);

export const accessDenied = (where: string): SimOfficeError =>
  new SimOfficeError('AccessDenied', 'You cannot perform the requested operation.', where);

export const cellEditMode = (): SimOfficeError =>
  new SimOfficeError(
    'InvalidOperationInCellEditMode',
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  );

export const requestTooLarge = (bytes: number): SimOfficeError =>
  new SimOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);

export const responseTooLarge = (bytes: number): SimOfficeError =>
  new SimOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${bytes} bytes).`);

/**
 * A proxy used outside the Excel.run batch that made it (and not tracked): "If you are using an object across
 * \".sync\" calls and outside the sequential execution of a \".run\" batch, and get an \"InvalidObjectPath\" error
 * …, you needed to have added the object to the tracked object collection"
 * (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects).
 */
export const invalidObjectPath = (where: string, detail?: string): SimOfficeError =>
  new SimOfficeError(
    'InvalidObjectPath',
    `The object path isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.${detail ? ` (${detail})` : ''}`,
    where,
  );

/** An operation Excel cannot complete, reported without a more specific code (e.g. too many merged areas). */
export const generalException = (where: string, detail?: string): SimOfficeError =>
  new SimOfficeError('GeneralException', `There was an internal error while processing the request.${detail ? ` (${detail})` : ''}`, where);
