export * from './months';
export * from './role';
export * from './unique-months';
export * from './outlook';
export * from './breadth';
export * from './validate-role';
export * from './budget';
export * from './team-size';
