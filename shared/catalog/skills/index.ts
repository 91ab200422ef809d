export * from './skills';
export * from './areas';
