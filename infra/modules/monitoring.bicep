// Log Analytics and a workspace-based Application Insights: the bot exports its OpenTelemetry
// traces, metrics and logs here through APPLICATIONINSIGHTS_CONNECTION_STRING.

@description('Name prefix for the resources.')
param name string

param location string

@description('Days of logs to keep.')
@minValue(30)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: false
  }
}

output insightsName string = insights.name
output workspaceId string = workspace.id
