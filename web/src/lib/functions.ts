// Cloud Functions client, kept out of the shell bundle: only pages that call a function load it.
import { connectFunctionsEmulator, getFunctions, type Functions } from 'firebase/functions';
import { config } from './config';
import { firebaseApp } from './firebase';

let functions: Functions | undefined;

export function cloudFunctions(): Functions {
  if (!functions) {
    functions = getFunctions(firebaseApp(), config.functionsRegion);
    if (config.useEmulators) connectFunctionsEmulator(functions, config.emulatorHost, config.emulatorPorts.functions);
  }
  return functions;
}
