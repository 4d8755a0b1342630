/** A problem with one input: carries the input's name so messages stay one clear line. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`${input}: ${message}`);
    this.input = input;
    this.name = 'InputError';
  }
}
