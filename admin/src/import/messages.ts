import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    import: {
      title: 'Import survey responses',
      not_allowed: 'Only the regie team (and survey tools with an API token) record survey responses.',
      intro: 'A CSV file with a header row naming its columns:',
      required: 'Required: %{columns}.',
      rules:
        'Journey, stage, channel and segment by id or by name; scores are whole numbers from 0 to 10; respondedAt a date and time (ISO 8601). A response sent before (the same source and external id) is counted as a duplicate and left as it was. A file with any bad row stores nothing, and the rows to fix are listed.',
      template: 'Download a template',
      choose: 'Choose CSV file',
      no_file: 'No file chosen',
      upload: 'Upload',
      cancel: 'Cancel',
      uploading: 'Uploading… %{percent}%',
      upload_progress: 'Upload progress',
      processing: 'Uploaded; the server is checking and storing the responses…',
      processing_label: 'The server is storing the responses',
      size: {
        bytes: '%{size} bytes',
        kb: '%{size} kB',
        mb: '%{size} MB',
      },
      counts: {
        received: 'Received',
        created: 'Created',
        duplicates: 'Duplicates',
      },
      rows_with_errors: 'Rows with errors',
      line: 'Line',
      column: 'Column',
      message: 'Message',
      problems: 'One problem was found |||| %{count} problems were found',
      rejected: '%{problems} in %{rows} rows: nothing was stored. Fix the file and upload it again.',
      listed: ' The first %{count} are listed.',
      stored_none: 'No new responses were stored',
      stored: 'One response was stored |||| %{count} responses were stored',
      duplicates: '; %{count} had been received before and were left as they were',
      see_responses: 'See the survey responses',
      see_nps: 'See NPS per journey',
      failures: {
        unreachable: 'The server could not be reached; check the connection and try again.',
        expired: 'Your session has expired; sign in again.',
        forbidden: 'You may not record survey responses.',
        too_large: 'The file is larger than the server accepts; split it and upload the parts.',
        not_csv: 'The server takes CSV files only.',
        failed: 'The import failed (HTTP %{status}).',
        cancelled: 'The upload was cancelled; nothing was stored.',
      },
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    import: {
      title: 'Enquêtereacties importeren',
      not_allowed: 'Alleen het regieteam (en enquêtetools met een API-token) legt enquêtereacties vast.',
      intro: 'Een CSV-bestand met een kopregel die de kolommen noemt:',
      required: 'Verplicht: %{columns}.',
      rules:
        'Klantreis, fase, kanaal en segment op id of op naam; scores zijn gehele getallen van 0 tot 10; respondedAt een datum en tijd (ISO 8601). Een reactie die al eerder is gestuurd (dezelfde bron en externe id) telt als dubbel en blijft zoals ze was. Een bestand met één foute regel slaat niets op, en de te herstellen regels worden getoond.',
      template: 'Sjabloon downloaden',
      choose: 'CSV-bestand kiezen',
      no_file: 'Geen bestand gekozen',
      upload: 'Uploaden',
      cancel: 'Annuleren',
      uploading: 'Uploaden… %{percent}%',
      upload_progress: 'Voortgang van de upload',
      processing: 'Geüpload; de server controleert de reacties en slaat ze op…',
      processing_label: 'De server slaat de reacties op',
      size: {
        bytes: '%{size} bytes',
        kb: '%{size} kB',
        mb: '%{size} MB',
      },
      counts: {
        received: 'Ontvangen',
        created: 'Aangemaakt',
        duplicates: 'Dubbel',
      },
      rows_with_errors: 'Regels met fouten',
      line: 'Regel',
      column: 'Kolom',
      message: 'Melding',
      problems: 'Er is één probleem gevonden |||| Er zijn %{count} problemen gevonden',
      rejected: '%{problems} in %{rows} regels: er is niets opgeslagen. Herstel het bestand en upload het opnieuw.',
      listed: ' De eerste %{count} staan hieronder.',
      stored_none: 'Er zijn geen nieuwe reacties opgeslagen',
      stored: 'Er is één reactie opgeslagen |||| Er zijn %{count} reacties opgeslagen',
      duplicates: '; %{count} waren al eerder ontvangen en zijn gelaten zoals ze waren',
      see_responses: 'Naar de enquêtereacties',
      see_nps: 'Naar de NPS per klantreis',
      failures: {
        unreachable: 'De server is niet bereikbaar; controleer de verbinding en probeer het opnieuw.',
        expired: 'Je sessie is verlopen; meld je opnieuw aan.',
        forbidden: 'Je mag geen enquêtereacties vastleggen.',
        too_large: 'Het bestand is groter dan de server aanneemt; splits het en upload de delen.',
        not_csv: 'De server neemt alleen CSV-bestanden aan.',
        failed: 'Het importeren is mislukt (HTTP %{status}).',
        cancelled: 'De upload is geannuleerd; er is niets opgeslagen.',
      },
    },
  },
};

/** The CSV import of survey responses (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
