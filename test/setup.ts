// Every test can format diagnostics in words.
import '../src/messages/index.js';
