/**
 * A modal dialog is open (a question, a form in a dialog, the palette, Keyboard shortcuts,
 * About). Every dialog in Ascent is a modal <dialog> (showModal): the page behind it is out of
 * reach until it closes, so what would act there or open another dialog on top waits.
 */
export const modalOpen = (): boolean => document.querySelector('dialog[open]') !== null;
