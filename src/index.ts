// The package's main entry: registers every element, and re-exports the classes and model.
import './card/define.js';
import './report/define.js';
import './related/define.js';
import './feed/define.js';

export * from './classes.js';
