// The editor benchmark's page script: only the deck editor, bundled the way a host would.
import '@ontdek-doe/components/define/ontdek-doe-deck-editor.js';
