/** SWOT read crosswise (TOWS suggestions) and the positioning statement built from its parts. */
export {
  TOWS_FAMILIES,
  towsSuggestions,
  type ExternalQuadrant,
  type InternalQuadrant,
  type SwotQuadrant,
  type TowsFamily,
  type TowsFamilyCode,
  type TowsItem,
  type TowsOptions,
  type TowsPair,
} from './tows.js';
export {
  cleanPart,
  POSITIONING_PARTS,
  positioningStatement,
  type PositioningPart,
  type PositioningParts,
  type PositioningStatement,
} from './positioning.js';
