import PptxModule from 'pptxgenjs';

/**
 * pptxgenjs's types describe its CommonJS build (`exports.default`), while Node loads its ES
 * build, whose default export is the class itself: one cast here, typed names for the rest.
 */
export const PptxGenJS = PptxModule as unknown as typeof PptxModule.default;
export type Pptx = InstanceType<typeof PptxModule.default>;
export type Slide = ReturnType<Pptx['addSlide']>;
export type TableRow = Parameters<Slide['addTable']>[0][number];
export type TableProps = NonNullable<Parameters<Slide['addTable']>[1]>;
export type TextProps = Exclude<Parameters<Slide['addText']>[0], string>[number];
