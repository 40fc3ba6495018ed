targetScope = 'subscription'

metadata description = 'BcfWorkflow on Azure Functions Flex Consumption: the resource group rg-{environmentName} and everything in it.'

@minLength(1)
@maxLength(64)
@description('azd environment name; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Primary location for all resources (a region offering Flex Consumption, e.g. uksouth).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person or pipeline running azd; may set the SendGrid key in Key Vault. Empty to skip.')
param principalId string = ''

@description('Durable Functions state store. AzureStorage (default) needs nothing beyond the storage account.')
@allowed([
  'AzureStorage'
  'DurableTaskScheduler'
])
param durableBackend string = 'AzureStorage'

@description('Durable Task Scheduler only: IP ranges allowed in. Empty denies all; see docs/deploy.md.')
param durableTaskSchedulerIpAllowlist array = []

@description('Task hub name: letters and digits, 3 to 45 characters, starting with a letter.')
@minLength(3)
@maxLength(45)
param taskHubName string = 'bcfworkflow'

@secure()
@description('Optional SendGrid API key stored in Key Vault at deploy time; usually set afterwards with az keyvault secret set.')
param sendGridApiKey string = ''

@description('Optional client id of an Entra ID app registration exposing the bcf.lead and bcf.contributor app roles; turns on App Service authentication.')
param authClientId string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var dataContainerName = 'bcf'
var deploymentContainerName = 'deployment-package'
var sendGridSecretName = 'SendGridApiKey'
var useScheduler = durableBackend == 'DurableTaskScheduler'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'core/identity/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      dataContainerName
      deploymentContainerName
    ]
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    sendGridSecretName: sendGridSecretName
    sendGridApiKey: sendGridApiKey
  }
}

module plan 'core/host/flex-consumption-plan.bicep' = {
  name: 'plan'
  scope: rg
  params: {
    name: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
  }
}

module scheduler 'app/dts.bicep' = if (useScheduler) {
  name: 'durableTaskScheduler'
  scope: rg
  params: {
    name: '${abbrs.durableTaskSchedulers}${resourceToken}'
    taskHubName: taskHubName
    location: location
    tags: tags
    ipAllowlist: durableTaskSchedulerIpAllowlist
  }
}

// host.json names the Azure Storage provider; these settings override it when the scheduler is chosen.
// The app then also needs the Microsoft.Azure.Functions.Worker.Extensions.DurableTask.AzureManaged package.
var schedulerSettings = useScheduler
  ? {
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__type: 'azureManaged'
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName: 'DURABLE_TASK_SCHEDULER_CONNECTION_STRING'
      DURABLE_TASK_SCHEDULER_CONNECTION_STRING: 'Endpoint=${scheduler.?outputs.endpoint ?? ''};Authentication=ManagedIdentity;ClientID=${identity.outputs.clientId}'
    }
  : {}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    location: location
    tags: tags
    planId: plan.outputs.id
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.uri
    sendGridSecretName: sendGridSecretName
    taskHubName: taskHubName
    durableBackendSettings: schedulerSettings
    authClientId: authClientId
  }
  // The host reads its storage and Key Vault with the identity as soon as it starts.
  dependsOn: [
    rbac
  ]
}

module incomingEvents 'app/incoming-events.bicep' = {
  name: 'incomingEvents'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    durableTaskSchedulerName: scheduler.?outputs.name ?? ''
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = 'https://${api.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_SECRET_SENDGRID string = sendGridSecretName
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output EVENTGRID_SYSTEM_TOPIC_NAME string = incomingEvents.outputs.name
output DURABLE_BACKEND string = durableBackend
output TASKHUB_NAME string = taskHubName
