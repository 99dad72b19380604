// A host config close to Teams' light theme, so screenshots look like what a toegangsmedewerker sees.
export const teamsHostConfig = {
  fontFamily: "'Segoe UI', system-ui, 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5B5FC7', subtle: '#6264A7' },
        good: { default: '#0E700E', subtle: '#107C10' },
        warning: { default: '#835B00', subtle: '#8A6100' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
        dark: { default: '#242424', subtle: '#616161' },
        light: { default: '#FFFFFF', subtle: '#F5F5F5' },
      },
    },
    emphasis: { backgroundColor: '#F5F5F5' },
    accent: { backgroundColor: '#E8EBFA' },
    good: { backgroundColor: '#E7F2DA' },
    attention: { backgroundColor: '#FCF4F6' },
    warning: { backgroundColor: '#FBF6D9' },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  inputs: { label: { inputSpacing: 'small', requiredInputs: { suffix: ' *', suffixColor: 'attention' } } },
};

// Teams draws buttons as outlined pills, the primary (positive) one filled.
export const teamsStyles = `
  body { margin: 0; background: #EBEBEB; font-family: 'Segoe UI', system-ui, 'DejaVu Sans', sans-serif; }
  #frame { width: 520px; margin: 16px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }
  .ac-pushButton { color: #242424; border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; min-height: 32px; font-family: inherit; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-toggleInput { border: none !important; padding: 0 !important; }
  .ac-input, .ac-textInput { font-family: inherit; font-size: 14px; border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px; }
`;

// Web Chat 4.18's own host config stacks an ActionSet's actions and stretches them
// (botframework-webchat, adaptiveCards/Styles/adaptiveCardHostConfig.ts); the local chat page uses it unchanged.
export const webChatHostConfig = {
  ...teamsHostConfig,
  actions: {
    actionAlignment: 'stretch',
    actionsOrientation: 'vertical',
    buttonSpacing: 8,
    maxActions: 100,
    showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    spacing: 'default',
  },
};
