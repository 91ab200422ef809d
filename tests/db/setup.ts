// fake-indexeddb stands in for the browser's IndexedDB in db tests only (e2e uses the real one).
import 'fake-indexeddb/auto';
