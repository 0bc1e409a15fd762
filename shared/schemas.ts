// The schemas of every argument that crosses a boundary (IPC, CLI, test bridge, forms): the value
// schemas in ./contract/values.ts, each method's argument in its feature file under ./contract/.
export * from './contract/values';
export { argSchemas, METHODS } from './contract';
export type { Arg, ArgIn, Method } from './contract';
