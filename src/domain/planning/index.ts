/** Planning: TĐKT plans, emulation movements, targets and plan tasks. */
export * from './plan.js';
export * from './movement.js';
export * from './targets.js';
export * from './tasks.js';
