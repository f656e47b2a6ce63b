import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { SPEECH_PARAGRAPHS, SPEECH_TITLE, SPEECH_UNDER } from './speechText';

/** A Word file as an office writes one: a Title, the date and speaker centred, Heading 1 sections. */
export function styledDocx(): Document {
  const centred = (text: string) =>
    new Paragraph({ children: [new TextRun(text)], alignment: AlignmentType.CENTER });
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: SPEECH_TITLE, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          ...SPEECH_UNDER.map(centred),
          ...SPEECH_PARAGRAPHS.map((p) =>
            /^[一二三]、/.test(p)
              ? new Paragraph({ text: p, heading: HeadingLevel.HEADING_1 })
              : new Paragraph({ children: [new TextRun(p)], indent: { firstLine: 640 } }),
          ),
        ],
      },
    ],
  });
}
