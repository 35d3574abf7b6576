// The Azure Bot resource: a single-tenant registration of the Entra app, the messaging endpoint on
// the web app, and the Microsoft Teams channel.

param name string

@description('Entra app (client) id of the bot.')
param botAppId string

param tenantId string

@description('Host name the bot is served on (the web app or a custom domain).')
param hostName string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free for standard channels such as Teams; S1 only matters for premium channels.')
param sku string = 'F0'

param insightsName string

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'OpsRhythm'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
    developerAppInsightsApplicationId: insights.properties.AppId
    disableLocalAuth: false
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output name string = bot.name
