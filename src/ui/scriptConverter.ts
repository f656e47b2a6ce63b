/** How a speech is shown or exported: as saved, or converted to Simplified or Traditional script. */
export type Script = 'original' | 'simplified' | 'traditional';

export const SCRIPTS: Script[] = ['original', 'simplified', 'traditional'];

/**
 * A converter for the script, with OpenCC's phrase dictionaries (干部 stays 幹部, not 乾部). Loaded on
 * first use: the Traditional dictionaries are a megabyte the library page does not need until asked.
 */
export async function converterFor(script: Script): Promise<(text: string) => string> {
  if (script === 'simplified') {
    const { Converter } = await import('opencc-js/t2cn');
    return Converter({ from: 't', to: 'cn' });
  }
  if (script === 'traditional') {
    const { Converter } = await import('opencc-js/cn2t');
    return Converter({ from: 'cn', to: 't' });
  }
  return (text) => text;
}

export const isScript = (v: unknown): v is Script => SCRIPTS.includes(v as Script);
